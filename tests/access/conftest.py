"""Prints the role × action × object table (tests/access/test_roles_actions.py) at the end of
a verbose session that ran it: ``pytest tests/access -v``."""


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if config.getoption("verbose") <= 0:
        return
    ran = any(
        "test_role_action_object" in report.nodeid
        for reports in terminalreporter.stats.values()
        for report in reports
        if hasattr(report, "nodeid")
    )
    if not ran:
        return
    from tests.access.test_roles_actions import format_table

    terminalreporter.write_sep("=", "roles × actions × objects (✓ allowed, · denied)")
    terminalreporter.write_line(format_table())
