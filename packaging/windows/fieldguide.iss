; Inno Setup 6 script: a per-user installer for Field Guide that needs no administrator rights.
; Built by packaging\windows\build.ps1, which passes the version (from pyproject.toml) and the
; PyInstaller folder:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=...\build\windows\pyinstaller\fieldguide /DOutputDir=...\dist
;        /DOutputName=fieldguide-0.1.0-windows-x64-setup packaging\windows\fieldguide.iss
; The program goes to %LOCALAPPDATA%\Programs\Field Guide; the user's data stays in
; %LOCALAPPDATA%\fieldguide and is left in place by an uninstall.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build.ps1 reads it from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\pyinstaller\fieldguide"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "fieldguide-" + AppVersion + "-windows-x64-setup"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this application: never change it.
AppId={{6B1F0E52-8C4D-4C7B-9E2A-3F5D7A9C1E84}
AppName=Field Guide
AppVersion={#AppVersion}
AppVerName=Field Guide {#AppVersion}
AppPublisher=Field Guide
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt, nothing written outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Field Guide
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Field Guide
UninstallDisplayIcon={app}\fieldguide.exe
; The running program locks its files: ask the user to close it before an upgrade.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries whole: files left from an older version could be
; loaded in place of the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Field Guide"; Filename: "{app}\fieldguide.exe"
Name: "{autodesktop}\Field Guide"; Filename: "{app}\fieldguide.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldguide.exe"; Description: "{cm:LaunchProgram,Field Guide}"; Flags: nowait postinstall skipifsilent
