"""installer.iss and build/itplan.spec read as text: what they reference exists, the version
comes from pyproject, the install is per-user, both languages and both associations are there."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from inno_script import ROOT, load_build_module, read_script, windows_path

from itplan_desktop.formats.bundle_manifest import BUNDLE_SUFFIX
from itplan_desktop.paths import APP_NAME

SPEC = ROOT / "build" / "itplan.spec"


@pytest.fixture(scope="module")
def script():
    return read_script()


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def test_every_repository_file_the_installer_names_exists(script):
    bundle_dir = script.defines["BundleDir"]
    assert bundle_dir == r"dist\itplan-desktop"  # where `python build/build.py` writes
    sources = [entry["Source"] for entry in script.entries("Files")]
    assert sources, "no [Files] entries"
    for source in sources:
        if source.startswith(bundle_dir):
            continue  # the built bundle: checked against a real build in test_bundle_build
        assert windows_path(source).exists(), source
    assert windows_path(script.setup()["SetupIconFile"]).is_file()


def test_installer_ships_the_whole_bundle_and_cleans_old_libraries(script):
    (files,) = script.entries("Files")
    assert files["Source"] == script.defines["BundleDir"] + "\\*"
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(files["Flags"].split())
    (delete,) = script.entries("InstallDelete")
    assert delete["Name"] == r"{app}\_internal"


def test_version_is_the_pyproject_version_written_by_the_build_script(script, tmp_path: Path):
    build = load_build_module()
    version = pyproject_version()
    assert build.project_version() == version
    # the script takes the version from the include the build script writes
    assert r'#include "build\version.iss"' in script.text
    _, include = build.write_version_files(version, tmp_path)
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', include.read_text(encoding="utf-8")))
    assert defines["AppVersion"] == version
    assert defines["AppVersionNumeric"] == ".".join(map(str, build.numeric_version(version)))
    assert build.BUILD / "version.iss" == ROOT / "build" / "version.iss"
    # and no version number is typed into the script
    assert "AppVersion={#AppVersion}" in script.sections["Setup"]
    assert "VersionInfoVersion={#AppVersionNumeric}" in script.sections["Setup"]
    assert not re.search(r'#define AppVersion\w*\s+"\d', script.text)


def test_numeric_version_for_windows_resources():
    build = load_build_module()
    assert build.numeric_version("0.1.0") == (0, 1, 0, 0)
    assert build.numeric_version("1.2.3rc1") == (1, 2, 3, 0)
    assert build.numeric_version("2.0.1.4.5") == (2, 0, 1, 4)
    text = build.version_info_text("1.2.3rc1")
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3rc1')" in text


def test_install_is_per_user_by_default_with_admin_optional(script):
    setup = script.setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    # registry writes follow the install mode (HKCU per user, HKLM for all users)
    assert {entry["Root"] for entry in script.entries("Registry")} == {"HKA"}
    icons = script.entries("Icons")
    assert all(entry["Name"].startswith(("{autoprograms}", "{autodesktop}")) for entry in icons)


def test_upgrade_in_place_uses_a_fixed_app_id(script):
    app_id = script.setup()["AppId"]
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", app_id), app_id
    assert script.setup()["UsePreviousAppDir"] == "yes"


def test_vietnamese_and_english_installer(script):
    languages = {entry["Name"]: entry["MessagesFile"] for entry in script.entries("Languages")}
    assert list(languages) == ["vi", "en"]  # Vietnamese first: the default
    assert languages["vi"].endswith("Vietnamese.isl")
    assert languages["en"] == "compiler:Default.isl"
    messages = script.custom_messages()
    names = {key.split(".", 1)[1] for key in messages}
    for name in names:
        assert f"vi.{name}" in messages and f"en.{name}" in messages, name
    assert "Không" in messages["vi.RemoveUserData"]


def test_start_menu_and_optional_desktop_shortcuts(script):
    icons = {entry["Name"].split("\\")[0]: entry for entry in script.entries("Icons")}
    assert icons["{autoprograms}"]["Filename"] == r"{app}\itplan-desktop.exe"
    assert icons["{autodesktop}"]["Tasks"] == "desktopicon"
    tasks = {entry["Name"]: entry for entry in script.entries("Tasks")}
    assert "unchecked" in tasks["desktopicon"]["Flags"]


def test_plan_and_bundle_files_open_with_the_app(script):
    registry = script.entries("Registry")
    subkeys = {entry["Subkey"] for entry in registry}
    assert BUNDLE_SUFFIX == ".itplan-bundle"
    assert rf"Software\Classes\{BUNDLE_SUFFIX}" in subkeys
    # *.itplan.json: Windows goes by the last extension, so the app only joins "Open with"
    assert r"Software\Classes\.json\OpenWithProgids" in subkeys
    assert not any(key == r"Software\Classes\.json" for key in subkeys)
    commands = [e for e in registry if e["Subkey"].endswith(r"shell\open\command")]
    assert len(commands) == 2
    assert all(e["ValueData"] == '"{app}\\itplan-desktop.exe" "%1"' for e in commands)
    assert script.setup()["ChangesAssociations"] == "yes"


def test_uninstaller_keeps_user_data_unless_asked(script):
    assert script.defines["DataFolder"] == APP_NAME  # %APPDATA%\itplan-desktop
    code = script.text.split("[Code]", 1)[1]
    assert "procedure CurUninstallStepChanged" in code
    assert "MB_DEFBUTTON2" in code  # "No" (keep the data) is the default answer
    assert "UninstallSilent" in code  # and a silent uninstall never deletes it
    assert r"{userappdata}\{#DataFolder}" in code
    # nothing of the user's is deleted by the fixed sections
    assert "UninstallDelete" not in script.sections


def _spec_list(name: str) -> list[str] | set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in {SPEC}")


def test_spec_accounts_for_every_data_folder():
    shipped = _spec_list("DATA_FOLDERS")
    source_only = _spec_list("SOURCE_ONLY_FOLDERS")
    candidates = ["translations", "ui", "itplan_desktop/store/migrations"]
    for folder in candidates:
        if (ROOT / folder).is_dir():
            assert folder in shipped or folder in source_only, folder
    assert "itplan_desktop/store/migrations" in shipped  # Alembic reads them from disk
    assert not (ROOT / "resources").exists()  # data files live inside the package
    spec_text = SPEC.read_text(encoding="utf-8")
    assert 'copy_metadata("itplan-desktop")' in spec_text  # __version__ in the bundle
    # itplan_desktop/resources/ and plan_format.schema.json
    assert 'collect_data_files("itplan_desktop")' in spec_text


def test_spec_keeps_only_the_qt_modules_we_use():
    kept = set(_spec_list("QT_KEPT"))
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf"} <= kept
    # QtCharts is GPL-3.0-only (the app is MIT): the KPI chart is drawn with QPainter
    assert not kept & {"QtCharts", "QtDataVisualization", "QtGraphs", "QtOpenGL", "QtSvg"}
    assert not any(name.startswith(("QtWebEngine", "QtQml", "QtQuick", "Qt3D")) for name in kept)
