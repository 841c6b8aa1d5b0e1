from evaluation.campaigns import public_hooks  # noqa: F401
