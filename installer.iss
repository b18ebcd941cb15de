; Inno Setup 6 script of the itplan-desktop Windows installer.
;
; Build it with `python build/build.py --installer` on Windows: the script reads the version
; from pyproject.toml, writes build\version.iss (AppVersion, AppVersionNumeric), builds the
; bundle (dist\itplan-desktop\) and runs ISCC on this script, which includes that file.
; The version is never typed here. See docs/packaging.md.
;
; Install: per user by default (no admin rights; %LOCALAPPDATA%\Programs\itplan-desktop),
; for all users if the user chooses so in the first dialog. Upgrades install in place (fixed
; AppId). The user's database lives in %APPDATA%\itplan-desktop, never in the install folder,
; so upgrades and the uninstaller leave it alone unless the user asks for it to be removed.
;
; Vietnamese wizard: Inno Setup ships Vietnamese.isl among its unofficial translations, which
; its installer does not copy: put Vietnamese.isl into Inno Setup's Languages folder, or pass
; /DVietnameseIsl=path\to\Vietnamese.isl.

#ifndef AppVersion
  #include "build\version.iss"
#endif
#ifndef AppVersionNumeric
  #error Pass /DAppVersionNumeric=x.y.z.w with /DAppVersion=, or let build\version.iss define both
#endif
#ifndef BundleDir
  #define BundleDir "dist\itplan-desktop"
#endif
#ifndef VietnameseIsl
  #define VietnameseIsl "compiler:Languages\Vietnamese.isl"
#endif

#define AppName "Kế hoạch CNTT"
#define AppExe "itplan-desktop.exe"
#define CliExe "itplan.exe"
; Folder name of the user's data, as itplan_desktop.paths.APP_NAME
#define DataFolder "itplan-desktop"
#define PlanProgId "itplan-desktop.plan"
#define BundleProgId "itplan-desktop.bundle"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed version.
AppId={{403180CF-EEBC-423A-A637-406A985B463C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=itplan-desktop developers
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\itplan-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
UsePreviousTasks=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=dist
OutputBaseFilename=itplan-desktop-{#AppVersion}-setup
SetupIconFile=itplan_desktop\resources\icons\itplan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; The first language is the default when Windows' display language is neither.
Name: "vi"; MessagesFile: "{#VietnameseIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.AssociateFiles=Mở tệp kế hoạch (.itplan.json) và gói trao đổi (.itplan-bundle) bằng {#AppName}
en.AssociateFiles=Open plan files (.itplan.json) and exchange bundles (.itplan-bundle) with {#AppName}
vi.FileAssociations=Liên kết tệp:
en.FileAssociations=File associations:
vi.PlanFileType=Tệp kế hoạch ứng dụng CNTT
en.PlanFileType=IT application plan file
vi.BundleFileType=Gói trao đổi kế hoạch ứng dụng CNTT
en.BundleFileType=IT application plan exchange bundle
vi.RemoveUserData=Bạn có muốn xóa cả dữ liệu của mình không?%n%nCơ sở dữ liệu kế hoạch, các bản sao lưu và nhật ký nằm trong:%n%1%n%2%n%nChọn "Không" để giữ lại: cài lại chương trình sẽ dùng tiếp dữ liệu này.
en.RemoveUserData=Do you also want to delete your data?%n%nThe plan database, its backups and the logs are in:%n%1%n%2%n%nChoose "No" to keep them: installing the program again will use them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateFiles}"; GroupDescription: "{cm:FileAssociations}"

[InstallDelete]
; An upgrade replaces the libraries as a whole, so no file of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller bundle: itplan-desktop.exe (windowed), itplan.exe (console), _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users one.
; The exchange bundle has an extension of its own: double-click opens it with the app.
Root: HKA; Subkey: "Software\Classes\.itplan-bundle"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.itplan-bundle\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; Plan files end in .itplan.json and Windows associates by the last extension only (.json):
; the app joins the "Open with" list of .json files without taking .json over.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#PlanProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PlanFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".itplan-bundle"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller removes the program; the user's data goes only if the user says so.
  A silent uninstall never deletes it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir, LogDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{userappdata}\{#DataFolder}');
  LogDir := ExpandConstant('{localappdata}\{#DataFolder}');
  if UninstallSilent or not (DirExists(DataDir) or DirExists(LogDir)) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveUserData'), [DataDir, LogDir]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    DelTree(LogDir, True, True, True);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\{#DataFolder}');
  end;
end;
