"""Command-line tasks: ``flask --app feedback_app <command>``."""

import click
from flask import Flask

from feedback_app.auth.services import AccountError, create_user
from feedback_app.demo import DEMO_USERS, database_is_empty, load_demo
from feedback_app.jobs import worker_command
from feedback_app.models import ROLES
from feedback_app.reports.cli import report_command
from feedback_app.tagging.pipeline import analyse_all, count_comments


@click.command("create-user")
@click.argument("email")
@click.option(
    "--role",
    "roles",
    multiple=True,
    required=True,
    type=click.Choice(sorted(ROLES)),
    help="A role to give; repeat for several.",
)
@click.password_option(
    envvar="FEEDBACK_USER_PASSWORD",
    help="Prompted for when not given; scripts can set FEEDBACK_USER_PASSWORD instead.",
)
def create_user_command(email: str, roles: tuple[str, ...], password: str) -> None:
    """Create a staff account."""
    try:
        user = create_user(email, list(roles), password)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Created {user.email} with roles: {user.roles}")


@click.command("demo-data")
def demo_data_command() -> None:
    """Load the demo users, workshop and feedback, once, into an empty database."""
    if not database_is_empty():
        click.echo("The database already has feedback: demo data not loaded again.")
    else:
        counts = load_demo()
        click.echo("Loaded demo data: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    click.echo("Demo sign-in (for demonstrations only) at http://127.0.0.1:5000/staff/login:")
    for email, (roles, password) in DEMO_USERS.items():
        click.echo(f"  {', '.join(roles):<13} {email:<28} {password}")


@click.command("analyse-all")
def analyse_all_command() -> None:
    """Re-analyse every stored comment (after a taxonomy or model change), with progress."""
    with click.progressbar(length=count_comments(), label="Analysing") as bar:
        total = analyse_all(progress=bar.update)
    click.echo(f"Analysed {total} comments.")


def init_app(app: Flask) -> None:
    for command in (
        create_user_command,
        demo_data_command,
        analyse_all_command,
        report_command,
        worker_command,
    ):
        app.cli.add_command(command)
