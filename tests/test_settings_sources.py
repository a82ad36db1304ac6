"""Settings from Prefect's sources: each compared with Prefect 3.8.8's own resolution.

For every source (environment, ``.env``, ``prefect.toml``, ``pyproject.toml
[tool.prefect]``, the active profile) and their precedence, the same files are
resolved twice: by Prefect in a fresh interpreter (its ``get_current_settings()``,
with the working directory, ``HOME`` and environment under the test's control)
and by ``Settings.load``.  Every variable of our settings table must agree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Any

import certifi
import pytest
from faults import EPHEMERAL_URL, Faults, respond, sync_ephemeral_injector
from prefect_rest import PrefectClient, SyncPrefectClient, get_client
from prefect_rest.exceptions import InvalidArgument, PrefectHTTPStatusError
from prefect_rest.settings import VARIABLES, Settings, dotenv

#: What Prefect resolved, as our field names (run in a fresh interpreter).
_PREFECT_SCRIPT = textwrap.dedent(
    """
    import json
    from prefect.settings import get_current_settings

    s = get_current_settings()
    secret = lambda v: v.get_secret_value() if v is not None else None
    print(json.dumps({
        "api_url": s.api.url,
        "api_key": secret(s.api.key),
        "auth_string": secret(s.api.auth_string),
        "request_timeout": s.api.request_timeout,
        "tls_insecure_skip_verify": s.api.tls_insecure_skip_verify,
        "ssl_cert_file": s.api.ssl_cert_file,
        "enable_http2": s.api.enable_http2,
        "max_retries": s.client.max_retries,
        "retry_jitter_factor": s.client.retry_jitter_factor,
        "retry_extra_codes": sorted(s.client.retry_extra_codes or ()),
        "custom_headers": dict(s.client.custom_headers),
        "csrf_enabled": s.client.csrf_support_enabled,
        "cloud_api_url": s.cloud.api_url,
        "ephemeral_enabled": s.server.ephemeral.enabled,
    }))
    """
)

#: A CA bundle that exists (Settings checks the file).
CA = certifi.where()


def _base_env(tmp: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp / "user"),
        "PREFECT_HOME": str(tmp / "prefect-home"),
    }


def prefect_resolution(cwd: Path, env: dict[str, str]) -> dict[str, Any]:
    """Prefect 3.8.8's values of our settings for ``cwd`` and ``env``."""
    done = subprocess.run(
        [sys.executable, "-c", _PREFECT_SCRIPT],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def ours(cwd: Path, env: dict[str, str]) -> dict[str, Any]:
    """Our values of the same settings, in Prefect's defaults where unset."""
    s = Settings.load(environ=env, cwd=cwd)
    return {
        "api_url": s.api_url,
        "api_key": s.api_key,
        "auth_string": s.auth_string,
        "request_timeout": s.request_timeout,
        "tls_insecure_skip_verify": s.tls_insecure_skip_verify,
        "ssl_cert_file": s.ssl_cert_file,
        "enable_http2": s.enable_http2,
        "max_retries": s.max_retries,
        "retry_jitter_factor": s.retry_jitter_factor,
        "retry_extra_codes": sorted(s.retry_extra_codes),
        "custom_headers": dict(s.custom_headers),
        "csrf_enabled": s.csrf_enabled,
        "cloud_api_url": s.cloud_api_url,
        "ephemeral_enabled": s.ephemeral_enabled,
    }


@pytest.fixture
def place(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working directory and a controlled environment (no PREFECT_* but PREFECT_HOME)."""
    cwd = tmp_path / "project"
    cwd.mkdir()
    (tmp_path / "user").mkdir()
    (tmp_path / "prefect-home").mkdir()
    return cwd, _base_env(tmp_path)


def _agree(cwd: Path, env: dict[str, str]) -> dict[str, Any]:
    theirs = prefect_resolution(cwd, env)
    mine = ours(cwd, env)
    assert mine == theirs
    return mine


def _profiles(env: dict[str, str], text: str) -> None:
    Path(env["PREFECT_HOME"], "profiles.toml").write_text(textwrap.dedent(text))


#: Every client variable Prefect knows, with a value unlike its default, as text.
ALL_AS_TEXT = {
    "PREFECT_API_URL": "http://127.0.0.1:4299/api",
    "PREFECT_API_KEY": "pnu_key_text",
    "PREFECT_API_AUTH_STRING": "admin:pass",
    "PREFECT_API_REQUEST_TIMEOUT": "12.5",
    "PREFECT_API_TLS_INSECURE_SKIP_VERIFY": "true",
    "PREFECT_API_SSL_CERT_FILE": CA,
    "PREFECT_API_ENABLE_HTTP2": "yes",
    "PREFECT_CLIENT_MAX_RETRIES": "3",
    "PREFECT_CLIENT_RETRY_JITTER_FACTOR": "0.5",
    "PREFECT_CLIENT_RETRY_EXTRA_CODES": "404,500",
    "PREFECT_CLIENT_CUSTOM_HEADERS": '{"X-Team": "data"}',
    "PREFECT_CLIENT_CSRF_SUPPORT_ENABLED": "false",
    "PREFECT_CLOUD_API_URL": "https://cloud.example.com/api",
    "PREFECT_SERVER_EPHEMERAL_ENABLED": "false",
}


def _changed(values: dict[str, Any]) -> None:
    """Every variable took the value the source gave, not its default."""
    assert values["api_url"] == "http://127.0.0.1:4299/api"
    assert values["max_retries"] == 3
    assert values["retry_extra_codes"] == [404, 500]
    assert values["custom_headers"] == {"X-Team": "data"}
    assert values["ephemeral_enabled"] is False


def test_environment_as_prefect(place):
    cwd, env = place
    env.update(ALL_AS_TEXT)
    env["prefect_api_key"] = env.pop("PREFECT_API_KEY")  # names match in any case
    _changed(_agree(cwd, env))


def test_dotenv_in_the_working_directory_as_prefect(place):
    cwd, env = place
    lines = [
        f"{k}='{v}'" if k.endswith("HEADERS") else f"export {k}={v}" for k, v in ALL_AS_TEXT.items()
    ]
    lines[1] = 'PREFECT_API_KEY="pnu_${KEY_PART}"  # a comment'
    env["KEY_PART"] = "from_environ"
    (cwd / ".env").write_text("# settings\n" + "\n".join(lines) + "\n")
    values = _agree(cwd, env)
    _changed(values)
    assert values["api_key"] == "pnu_from_environ"


def test_prefect_toml_tables_as_prefect(place):
    cwd, env = place
    (cwd / "prefect.toml").write_text(
        textwrap.dedent(
            f"""
            [api]
            url = "http://127.0.0.1:4299/api"
            key = "pnu_toml"
            request_timeout = 12
            tls_insecure_skip_verify = true
            ssl_cert_file = "{CA}"
            [client]
            max_retries = 3
            retry_jitter_factor = 0.5
            retry_extra_codes = "404,500"
            csrf_support_enabled = false
            [client.custom_headers]
            X-Team = "data"
            [cloud]
            api_url = "https://cloud.example.com/api"
            [server.ephemeral]
            enabled = false
            """
        )
    )
    _changed(_agree(cwd, env))


def test_pyproject_tool_prefect_as_prefect(place):
    cwd, env = place
    (cwd / "pyproject.toml").write_text(
        textwrap.dedent(
            """
            [project]
            name = "x"
            [tool.prefect.api]
            url = "http://127.0.0.1:4299/api"
            auth_string = "admin:pass"
            [tool.prefect.client]
            max_retries = "3"
            retry_extra_codes = "404,500"
            custom_headers = '{"X-Team": "data"}'
            [tool.prefect.server.ephemeral]
            enabled = "false"
            """
        )
    )
    _changed(_agree(cwd, env))


def test_active_profile_and_prefect_profile_as_prefect(place):
    cwd, env = place
    body = "\n".join(f"{k} = {json.dumps(v)}" for k, v in ALL_AS_TEXT.items())
    _profiles(
        env,
        f"""
        active = "team"
        [profiles.team]
        {body}
        [profiles.other]
        PREFECT_API_URL = "http://other:4200/api"
        PREFECT_SERVER_EPHEMERAL_ENABLED = "true"
        """.replace("\n        ", "\n"),
    )
    _changed(_agree(cwd, env))
    env["PREFECT_PROFILE"] = "other"
    assert _agree(cwd, env)["api_url"] == "http://other:4200/api"
    env["PREFECT_PROFILE"] = "missing"  # an unknown profile: Prefect's default one
    assert _agree(cwd, env)["ephemeral_enabled"] is True


def test_precedence_of_the_sources_as_prefect(place):
    """Each source wins the variable no source above it sets."""
    cwd, env = place
    _profiles(
        env,
        """
        active = "p"
        [profiles.p]
        PREFECT_API_URL = "http://profile/api"
        PREFECT_API_KEY = "profile"
        PREFECT_CLIENT_MAX_RETRIES = "1"
        PREFECT_CLIENT_RETRY_JITTER_FACTOR = "0.1"
        PREFECT_API_REQUEST_TIMEOUT = "1"
        """,
    )
    (cwd / "pyproject.toml").write_text(
        '[tool.prefect.api]\nurl = "http://pyproject/api"\nkey = "pyproject"\n'
        "request_timeout = 2\n[tool.prefect.client]\nmax_retries = 2\n"
    )
    (cwd / "prefect.toml").write_text(
        '[api]\nurl = "http://toml/api"\nkey = "toml"\n[client]\nmax_retries = 3\n'
    )
    (cwd / ".env").write_text("PREFECT_API_URL=http://dotenv/api\nPREFECT_API_KEY=dotenv\n")
    env["PREFECT_API_URL"] = "http://environment/api"
    values = _agree(cwd, env)
    assert values["api_url"] == "http://environment/api"
    assert values["api_key"] == "dotenv"
    assert values["max_retries"] == 3
    assert values["request_timeout"] == 2
    assert values["retry_jitter_factor"] == 0.1


def test_profile_defaults_as_prefect(place, tmp_path):
    cwd, env = place
    assert _agree(cwd, env)["ephemeral_enabled"] is True  # no file: the "ephemeral" profile
    _profiles(env, 'active = "dev"\n[profiles.dev]\nPREFECT_API_KEY = "k"\n')
    assert _agree(cwd, env)["ephemeral_enabled"] is False  # a profile without it: off
    # PREFECT_PROFILES_PATH from .env points elsewhere; PREFECT_HOME's file is not read
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text('active = "x"\n[profiles.x]\nPREFECT_API_URL = "http://x/api"\n')
    (cwd / ".env").write_text(f"PREFECT_PROFILES_PATH={elsewhere}\n")
    assert _agree(cwd, env)["api_url"] == "http://x/api"
    env["PREFECT_TEST_MODE"] = "1"  # test mode: no profile at all
    assert _agree(cwd, env)["api_url"] is None
    # without PREFECT_HOME: ~/.prefect/profiles.toml of HOME
    (cwd / ".env").unlink()
    del env["PREFECT_TEST_MODE"], env["PREFECT_HOME"]
    user_file = Path(env["HOME"], ".prefect", "profiles.toml")
    user_file.parent.mkdir()
    user_file.write_text('active = "u"\n[profiles.u]\nPREFECT_API_URL = "http://user/api"\n')
    assert _agree(cwd, env)["api_url"] == "http://user/api"


# --- what the client does with them -----------------------------------------------


def _only_profile(env: dict[str, str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process sees no PREFECT_* variable but PREFECT_HOME, and works in ``cwd``."""
    for var in list(os.environ):
        if var.upper().startswith("PREFECT_") and var != "PREFECT_HOME":
            monkeypatch.delenv(var)
    monkeypatch.setenv("PREFECT_HOME", env["PREFECT_HOME"])
    monkeypatch.chdir(cwd)


def test_get_client_uses_the_profile_url_and_key(place, monkeypatch):
    """`prefect config set PREFECT_API_URL=...` is obeyed: no in-process server on a new db."""
    cwd, env = place
    _profiles(
        env,
        f'active = "dev"\n[profiles.dev]\nPREFECT_API_URL = "{EPHEMERAL_URL}"\n'
        'PREFECT_API_KEY = "pnu_profile"\nPREFECT_CLIENT_MAX_RETRIES = "0"\n',
    )
    _only_profile(env, cwd, monkeypatch)
    faults = Faults(respond(503, method="GET", path="/flows/"))
    with get_client(
        httpx_settings={"transport": sync_ephemeral_injector(faults)}, sync_client=True
    ) as client:
        assert str(client.api_url) == EPHEMERAL_URL + "/"
        with pytest.raises(PrefectHTTPStatusError, match="503"):
            client.read_flow(uuid.uuid4())
    assert [s.headers["authorization"] for s in faults.seen()] == ["Bearer pnu_profile"]


@pytest.mark.server
def test_get_client_talks_to_the_server_of_the_profile(place, monkeypatch, live_server_url):
    """As after `prefect config set PREFECT_API_URL=...`: data lands on that server."""
    cwd, env = place
    _profiles(env, f'active = "dev"\n[profiles.dev]\nPREFECT_API_URL = "{live_server_url}"\n')
    _only_profile(env, cwd, monkeypatch)
    name = f"from-profile-{uuid.uuid4().hex[:8]}"
    with get_client(sync_client=True) as client:
        assert str(client.api_url).rstrip("/") == live_server_url
        assert client.server_type.value == "SERVER"
        flow_id = client.create_flow_from_name(name)
    with SyncPrefectClient(live_server_url, settings=Settings()) as direct:
        assert direct.read_flow_by_name(name).id == flow_id


def test_get_client_without_url_and_ephemeral_off_refuses_as_prefect(place, monkeypatch):
    cwd, env = place
    _profiles(env, 'active = "dev"\n[profiles.dev]\nPREFECT_API_KEY = "k"\n')
    _only_profile(env, cwd, monkeypatch)
    with pytest.raises(InvalidArgument, match="No Prefect API URL provided") as info:
        get_client()
    assert "profile 'dev'" in str(info.value)
    assert isinstance(info.value, ValueError)  # Prefect raises ValueError


# --- values HTTP cannot carry (issue 23) -------------------------------------------

ZWSP = "\u200b"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PREFECT_API_KEY", f"pnu_secret{ZWSP}tail"),
        ("PREFECT_API_KEY", "pnu_secret\r\nX-Evil: 1"),
        ("PREFECT_API_AUTH_STRING", f"admin:secret{ZWSP}"),
        ("PREFECT_API_AUTH_STRING", "admin:secret\nx"),
        ("PREFECT_CLIENT_CUSTOM_HEADERS", f'{{"X-Token": "secret{ZWSP}"}}'),
        ("PREFECT_CLIENT_CUSTOM_HEADERS", '{"X-Token": "secret\\r\\nX-Evil: 1"}'),
        ("PREFECT_CLIENT_CUSTOM_HEADERS", '{"X-Token": "s\u00e9cret"}'),
    ],
)
def test_a_value_http_cannot_carry_is_refused_naming_the_variable(place, variable, value):
    cwd, env = place
    for where in ("environment", "profile"):
        if where == "environment":
            env[variable] = value
        else:
            env.pop(variable, None)
            _profiles(env, f'active = "p"\n[profiles.p]\n{variable} = {json.dumps(value)}\n')
        with pytest.raises(InvalidArgument) as info:
            Settings.load(environ=env, cwd=cwd)
        message = str(info.value)
        assert variable in message
        assert "secret" not in message and "secret" not in repr(info.value.args)
        if where == "profile":
            assert "profile 'p'" in message


def test_a_non_ascii_api_key_argument_is_refused_before_sending():
    with pytest.raises(InvalidArgument, match=r"non-ASCII character \(U\+200B") as info:
        PrefectClient(EPHEMERAL_URL, api_key=f"pnu_secret{ZWSP}")
    assert "pnu_secret" not in str(info.value)
    with pytest.raises(InvalidArgument, match="api_key"):
        SyncPrefectClient(EPHEMERAL_URL, api_key="pnu\u00e9")


def test_a_non_ascii_auth_string_password_is_sent_as_prefect_sends_it():
    """Basic auth is base64 of UTF-8, as Prefect's client sends it: any letter is carried."""
    header = Settings(auth_string="admin:p\u00e4ss").auth_header()
    assert header == "Basic YWRtaW46cMOkc3M="


# --- the .env reader -----------------------------------------------------------------


def test_dotenv_reader_matches_python_dotenv(tmp_path):
    from dotenv import dotenv_values  # installed with prefect

    text = textwrap.dedent(
        r"""
        # comment
        A=plain value   # trailing comment
        export B='single ${A} \' quoted'
        C="double\nline ${A} ${MISSING:-fallback} ${HOME_X}"
        D=
        E
        F = spaced
        G="multi
        line"
        H=#not-a-comment
        I= # empty
        'J'=quoted key
        bad line here
        K=${A}-${D}
        """
    )
    path = tmp_path / ".env"
    path.write_text(text)
    environ = {"HOME_X": "/home/x"}
    old = dict(os.environ)
    try:
        os.environ.clear()
        os.environ.update(environ)
        expected = dict(dotenv_values(path))
    finally:
        os.environ.clear()
        os.environ.update(old)
    assert dotenv.read(path, environ) == expected


def test_every_table_variable_is_resolved():
    assert set(Settings.ENV.values()) <= set(VARIABLES)
