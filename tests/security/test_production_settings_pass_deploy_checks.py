"""`manage.py check --deploy` with the production settings and real environment values: no warnings."""

import os
import subprocess
import sys
from pathlib import Path

from . import production_settings

PROJECT = Path(__file__).resolve().parents[2]


def check_deploy(**environment):
    env = {**os.environ, **production_settings.ENVIRONMENT, **environment,
           "DJANGO_SETTINGS_MODULE": "disclosure_site.settings.production"}
    return subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                          cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300)


def test_check_deploy_is_clean():
    result = check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_catches_a_weak_key():
    result = check_deploy(SECRET_KEY="short")
    assert result.returncode != 0 and "security.W009" in result.stdout + result.stderr
