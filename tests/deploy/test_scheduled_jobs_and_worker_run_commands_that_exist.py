"""Every systemd unit in deploy/systemd/ runs a management command the site has, reads the site's
environment file, and every timer starts a service that exists (docs/deploy.md)."""

import configparser
import shlex
from pathlib import Path

import pytest
from django.core.management import get_commands

SYSTEMD = Path(__file__).resolve().parents[2] / "deploy" / "systemd"
SERVICES = sorted(SYSTEMD.glob("*.service"))
TIMERS = sorted(SYSTEMD.glob("*.timer"))


def unit(path):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser


def test_the_worker_and_the_scheduled_jobs_are_there():
    names = {path.name for path in SYSTEMD.iterdir()}
    assert {"gongkai-web@.service", "gongkai-worker.service", "gongkai-publish-scheduled.timer",
            "gongkai-catalogue-index.timer"} <= names


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: p.name)
def test_each_service_runs_as_the_site_user_with_its_environment(path):
    service = unit(path)["Service"]
    assert service["User"] == "gongkai"
    assert service["EnvironmentFile"] == "/etc/gongkai/gongkai.env"
    assert service["WorkingDirectory"] == "/srv/gongkai/app"


@pytest.mark.parametrize("path", [p for p in SERVICES if "manage.py" in p.read_text()], ids=lambda p: p.name)
def test_each_management_command_exists(path):
    command = shlex.split(unit(path)["Service"]["ExecStart"])
    name = command[command.index("manage.py") + 1]
    assert name in get_commands(), f"{path.name} runs manage.py {name}, which the site does not have"


def test_the_catalogue_job_processes_pending_index_changes():
    command = shlex.split(unit(SYSTEMD / "gongkai-catalogue-index.service")["Service"]["ExecStart"])
    assert command[-2:] == ["catalogue_index", "process"]


@pytest.mark.parametrize("path", TIMERS, ids=lambda p: p.name)
def test_each_timer_starts_a_service_of_its_name(path):
    timer = unit(path)["Timer"]
    assert timer["OnCalendar"] and timer["Persistent"] == "true"
    assert path.with_suffix(".service").exists()
