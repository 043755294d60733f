"""`ivr staff`: accounts of the staff pages (/staff)."""
from __future__ import annotations

import click

from ivr.cli.group import main
from ivr.cli.common import fail
from ivr.config import Settings
from ivr.call.schedule import WARSAW


@main.group()
def staff() -> None:
    """Accounts of the staff pages (/staff)."""


def _accounts():
    from ivr.staff.accounts import StaffAccounts

    return StaffAccounts(Settings.from_env().database_url)


def _ask_password() -> str:
    return click.prompt("Hasło", hide_input=True, confirmation_prompt="Powtórz hasło")


def _account_call(action) -> None:
    from ivr.staff.accounts import AccountError

    try:
        action()
    except AccountError as exc:
        fail(str(exc))


def _log(action: str, login: str, detail: str = "") -> None:
    from ivr.staff.access_log import CLI, AccessLog

    AccessLog(Settings.from_env().database_url).record(CLI, action, item=login.strip().lower(), detail=detail)


@staff.command("add")
@click.argument("login")
@click.option("--admin", is_flag=True, help="An administrator: accounts, the access log, residents' data requests.")
def staff_add(login: str, admin: bool) -> None:
    """Create a staff account (asks for the password twice). The first account is an admin."""
    from ivr.staff.accounts import check_login

    _account_call(lambda: check_login(login))
    password = _ask_password()
    created = []
    _account_call(lambda: created.append(_accounts().add(login, password, admin=admin)))
    role = created[0].role
    _log("account_added", login, f"rola {role}")
    click.echo(f"Utworzono konto „{login.strip().lower()}” ({'administrator' if role == 'admin' else 'pracownik'}).")


@staff.command("role")
@click.argument("login")
@click.argument("role", type=click.Choice(["admin", "staff"]))
def staff_role(login: str, role: str) -> None:
    """Make an account an administrator (admin) or a staff member (staff)."""
    _account_call(lambda: _accounts().set_role(login, role))
    _log("account_role", login, f"rola {role}")
    click.echo(f"Konto „{login}” ma teraz rolę {role}.")


@staff.command("password")
@click.argument("login")
def staff_password(login: str) -> None:
    """Set a new password (also unlocks the account; signs out its sessions)."""
    password = _ask_password()
    _account_call(lambda: _accounts().set_password(login, password))
    _log("account_password", login)
    click.echo(f"Zmieniono hasło konta „{login}”.")


@staff.command("unlock")
@click.argument("login")
def staff_unlock(login: str) -> None:
    """Lift the lock-out after failed sign-ins."""
    _account_call(lambda: _accounts().unlock(login))
    _log("account_unlocked", login)
    click.echo(f"Odblokowano konto „{login}”.")


@staff.command("remove")
@click.argument("login")
@click.option("--yes", is_flag=True, help="Do not ask (for scripts).")
def staff_remove(login: str, yes: bool) -> None:
    """Delete a staff account (asks once: it cannot be undone)."""
    if not yes:
        answer = click.prompt(f"Usunąć konto „{login}”? Tego nie można cofnąć – trzeba by założyć konto od nowa. "
                              "Proszę wpisać „tak”, aby usunąć", default="", show_default=False)
        if answer.strip().lower() not in {"tak", "t", "yes", "y"}:
            click.echo("Nie usunięto konta.")
            return
    _account_call(lambda: _accounts().remove(login))
    _log("account_removed", login)
    click.echo(f"Usunięto konto „{login}”. Tego nie można cofnąć; nowe konto zakłada: ivr staff add {login}")


@staff.command("list")
def staff_list() -> None:
    """List the staff accounts."""
    from datetime import datetime, timezone

    accounts = _accounts().list()
    if not accounts:
        click.echo("Nie ma jeszcze kont. Utwórz pierwsze: ivr staff add LOGIN")
    now = datetime.now(timezone.utc)
    for account in accounts:
        locked = ""
        if account.locked_until and account.locked_until > now:
            locked = f", zablokowane do {account.locked_until.astimezone(WARSAW):%H:%M}"
        click.echo(f"{account.login} ({account.role}, utworzone {account.created_at.astimezone(WARSAW):%Y-%m-%d}{locked})")
