"""`make bench`, evaluation: what the dashboards issue will stand on.

1. **Submission**: a 30-question campaign response sent through
   ``evaluation.campaigns.services.submit`` (snapshot, typed ``Answer`` rows, the submitted
   indicator value of the bound question, one transaction), p50/p95 over N responses of N
   projects. Floor: inserting one row of 30 columns into a bare table, in its own
   transaction (a commit each, like a submission).
2. **Volume**: 1,000,000 typed answer rows and 50,000 approved indicator values generated
   with ``bulk_create`` in batches (``commons.demo.evaluation_volume``): time, rows/s and the
   process's peak resident memory during the generation (Linux; the process's peak so far
   elsewhere). Floor: inserting as many rows, in the same batches, into a bare
   table of one column (and its id).
3. **The first dashboards query**: one GROUP BY over the answer rows, the count per option
   of one question of the 30-question form: ``COUNT(*)`` right after the bulk load, then
   after the maintenance the database does on its own (VACUUM ANALYZE on PostgreSQL, so
   that the index answers alone), and ``COUNT(id)``, which reads every row. Floor: the
   same GROUP BY over a bare table of as many rows, with as many distinct values, without
   an index.

The floor tables are plain tables of the same database (not temporary ones: SQLite keeps
those in a separate file never synced, PostgreSQL does not log them), written with plain
SQL and dropped at the end: a floor is the cheapest way to do the same work, durably, on the
same database.
"""

import random
import resource
import sys
import time

from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone

from bench.figures import percentiles, report, timed
from commons.demo.evaluation_stand_ins import create_campaign
from commons.demo.evaluation_volume import (
    BATCH_SIZE,
    generate_answers,
    generate_indicator_values,
    volume_answers,
    volume_form,
)
from commons.programmes.models import ProjectPage
from evaluation.campaigns.models import Answer
from evaluation.campaigns.services import start_or_resume, submit
from evaluation.indicators.periods import period_containing

WIDE_COLUMNS = 30
WIDE_FLOOR = "bench_floor_wide"
ROWS_FLOOR = "bench_floor_rows"
GROUPED_QUESTION = "q01"


def reset_peak_memory() -> bool:
    """Restarts the count of the process's peak resident memory (Linux: writing 5 to
    ``/proc/self/clear_refs`` resets VmHWM), so that the peak measured next is the
    generation's own. False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def peak_memory_mb() -> float:
    """The process's peak resident memory since the last reset (VmHWM), or since it started
    (``ru_maxrss``: kB on Linux, bytes on macOS) where it cannot be reset."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure_evaluation(*, submissions: int, answer_rows: int, indicator_values: int) -> None:
    print("\nEvaluation")
    try:
        _measure_submission(runs=submissions)
        grouped_rows = _measure_volume(answer_rows=answer_rows, indicator_values=indicator_values)
        _measure_group_by(rows=grouped_rows)
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {WIDE_FLOOR}")
            cursor.execute(f"DROP TABLE IF EXISTS {ROWS_FLOOR}")


def _measure_submission(*, runs: int) -> None:
    form = volume_form()
    version = form.latest_version
    projects = list(ProjectPage.objects.live().order_by("path")[:runs])
    period_start, period_end = period_containing(timezone.localdate())
    campaign = create_campaign(
        name="Mesure : envoi d'une réponse de 30 questions",
        programme=projects[0].get_parent().specific,
        form=form,
        projects=projects,
        period_start=period_start,
        period_end=period_end,
        opens_on=period_start,
        due_on=period_end,
        user=None,
    )
    chance = random.Random(1)
    prepared = [
        (
            start_or_resume(campaign=campaign, project=project, user=None),
            volume_answers(chance, version),
        )
        for project in projects
    ]
    columns = ", ".join(f"c{index} varchar(255)" for index in range(WIDE_COLUMNS))
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {WIDE_FLOOR}")
        cursor.execute(f"CREATE TABLE {WIDE_FLOOR} (id integer PRIMARY KEY, {columns})")
    insert = f"INSERT INTO {WIDE_FLOOR} VALUES (%s, {', '.join(['%s'] * WIDE_COLUMNS)})"

    def floor_insert(index: int) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(insert, [index, *[f"valeur {column}" for column in range(WIDE_COLUMNS)]])

    floor = [
        timed(lambda index=index: floor_insert(index)) * 1000 for index in range(len(prepared))
    ]
    samples = [
        timed(lambda r=response, a=answers: submit(response=r, answers=a, user=None)) * 1000
        for response, answers in prepared
    ]
    rows = Answer.objects.filter(campaign=campaign).count() / len(prepared)
    floor_p50, floor_p95 = percentiles(floor)
    p50, p95 = percentiles(samples)
    print(f"  {len(prepared)} responses of 30 questions ({rows:.0f} typed rows each)")
    report("floor: insert one row of 30 columns p50", floor_p50, floor_p50)
    report("floor: insert one row of 30 columns p95", floor_p95, floor_p95)
    report("submit a 30-question response p50", p50, floor_p50)
    report("submit a 30-question response p95", p95, floor_p95)


def _floor_rows(count: int, *, distinct: int) -> None:
    """`count` rows into a bare one-column table, in the generators' batches, one
    transaction per batch."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {ROWS_FLOOR}")
        cursor.execute(f"CREATE TABLE {ROWS_FLOOR} (id integer PRIMARY KEY, v integer)")
    for start in range(0, count, BATCH_SIZE):
        batch = [
            (index, index % distinct) for index in range(start, min(count, start + BATCH_SIZE))
        ]
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {ROWS_FLOOR} VALUES (%s, %s)", batch)


def _measure_volume(*, answer_rows: int, indicator_values: int) -> int:
    """Returns how many rows the GROUP BY question holds."""
    resident_before = peak_memory_mb() if reset_peak_memory() else None
    started = time.perf_counter()
    volume = generate_answers(rows=answer_rows)
    answers_seconds = time.perf_counter() - started
    started = time.perf_counter()
    values = generate_indicator_values(values=indicator_values)
    values_seconds = time.perf_counter() - started
    peak = peak_memory_mb()

    answers_floor = timed(lambda: _floor_rows(volume.answers, distinct=5))
    values_floor = timed(lambda: _floor_rows(values.indicator_values, distinct=5))

    print(
        f"  generated {volume.answers:,} answer rows ({volume.responses:,} responses) and "
        f"{values.indicator_values:,} indicator values ({values.project_indicators:,} project "
        "indicators), batches of "
        f"{BATCH_SIZE:,}"
    )
    report("floor: bare insert of as many answer rows", answers_floor, answers_floor, "s")
    report("generate typed answer rows", answers_seconds, answers_floor, "s")
    print(f"  {'answer rows per second':<46} {volume.answers / answers_seconds:>10,.0f}")
    report("floor: bare insert of as many value rows", values_floor, values_floor, "s")
    report("generate approved indicator values", values_seconds, values_floor, "s")
    print(
        f"  {'indicator values per second':<46} {values.indicator_values / values_seconds:>10,.0f}"
    )
    if resident_before is None:
        print(f"  {'peak memory of the process so far (MB)':<46} {peak:>10.0f}")
    else:
        print(
            f"  {'peak memory during the generation (MB)':<46} {peak:>10.0f}"
            f"   (+{peak - resident_before:.0f} MB over the {resident_before:.0f} MB before)"
        )
    return Answer.objects.filter(question_key=GROUPED_QUESTION, form=volume_form()).count()


def _maintain_answers() -> str:
    """What the database does on its own some time after a bulk load, done now: statistics
    for the planner, and on PostgreSQL the visibility map that lets an index answer alone
    (autovacuum; VACUUM cannot run inside a transaction, so only ANALYZE there)."""
    table = Answer._meta.db_table
    statement = (
        "VACUUM ANALYZE"
        if connection.vendor == "postgresql" and not connection.in_atomic_block
        else "ANALYZE"
    )
    with connection.cursor() as cursor:
        cursor.execute(f"{statement} {table}")
    return statement


def _measure_group_by(*, rows: int, runs: int = 5) -> None:
    """The count per option of one question, as a dashboard asks it: ``COUNT(*)``, which the
    index (form, question_key, choice) answers alone, right after the bulk load and once the
    database has analysed the table; and ``COUNT(id)``, which must read every row."""
    form = volume_form()

    def grouped(counted: str = "*") -> list:
        return list(
            Answer.objects.filter(form=form, question_key=GROUPED_QUESTION)
            .values("choice")
            .annotate(count=Count(counted))
            .order_by("choice")
        )

    _floor_rows(rows, distinct=len(grouped()))

    def floor_grouped() -> list:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT v, COUNT(*) FROM {ROWS_FLOOR} GROUP BY v ORDER BY v")
            return cursor.fetchall()

    def median(query) -> float:
        query()  # the first run reads from disk; the dashboards ask the same query again
        return percentiles([timed(query) * 1000 for _ in range(runs)])[0]

    floor = median(floor_grouped)
    fresh = median(grouped)
    maintenance = _maintain_answers()
    analysed = median(grouped)
    every_row = median(lambda: grouped("pk"))
    print(f"  GROUP BY choice over the {rows:,} rows of one question (median of {runs})")
    report("floor: same GROUP BY on a bare table", floor, floor)
    report("COUNT(*) per option, right after the load", fresh, floor)
    report(f"COUNT(*) per option, after {maintenance}", analysed, floor)
    report("COUNT(id) per option (reads every row)", every_row, floor)
