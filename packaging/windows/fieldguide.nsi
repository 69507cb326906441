; NSIS 3 script: Field Guide's per-user Windows installer. Built by packaging/windows/build.sh
; (`make dist-windows`, with Debian's makensis) and by build.ps1 on Windows, which pass:
;   makensis -DVERSION=0.1.0 -DVIVERSION=0.1.0.0 -DSOURCE_DIR=<PyInstaller folder> -DICON=<.ico>
;            -DOUTFILE=<setup.exe> packaging/windows/fieldguide.nsi
;
; - Per user: no administrator rights, no UAC prompt; the program goes to
;   %LOCALAPPDATA%\Programs\Field Guide, the Start-menu entry and the "Apps" (uninstall) entry
;   to the user's own profile and registry hive.
; - The uninstaller removes only what the installer put there: the user's notes, assessments and
;   backups in %LOCALAPPDATA%\fieldguide are never touched.
; - It refuses, with a message in the user's language, to install on Windows older than 10
;   version 1903 (build 18362): Qt 6's Qt6Core.dll needs the icu.dll that 1903 brought.
; - `setup.exe /S` installs silently, `uninstall.exe /S` uninstalls silently (as IT staff and
;   make dist-test-windows use them); a refusal then shows no box but exits with status 1150
;   (ERROR_OLD_WIN_VERSION).

!ifndef VERSION | VIVERSION | SOURCE_DIR | ICON | OUTFILE | INSTALLED_KB
  !error "pass -DVERSION -DVIVERSION -DSOURCE_DIR -DICON -DOUTFILE -DINSTALLED_KB (build.sh does)"
!endif

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 64
RequestExecutionLevel user
ManifestDPIAware true
; The installer itself must learn the real Windows build, not a compatibility shim's.
ManifestSupportedOS all

!include MUI2.nsh
!include LogicLib.nsh
!include WinVer.nsh
!include x64.nsh

!define APP "Field Guide"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\fieldguide"
!define MIN_BUILD 18362 ; Windows 10 version 1903

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "Apache License 2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\fieldguide.exe"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DataKept)"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The UN's six languages; NSIS picks the one matching Windows' display language.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString TooOld ${LANG_ENGLISH} "${APP} needs Windows 10 version 1903 or later (64-bit). This computer runs an older version of Windows: please update Windows, then run this installer again."
LangString TooOld ${LANG_FRENCH} "${APP} nécessite Windows 10 version 1903 ou ultérieure (64 bits). Cet ordinateur utilise une version plus ancienne de Windows : mettez Windows à jour, puis relancez ce programme d'installation."
LangString TooOld ${LANG_ARABIC} "يتطلب ${APP} نظام Windows 10 الإصدار 1903 أو أحدث (64 بت). يعمل هذا الحاسوب بإصدار أقدم من Windows: يُرجى تحديث Windows ثم تشغيل برنامج التثبيت هذا مرة أخرى."
LangString TooOld ${LANG_SPANISH} "${APP} necesita Windows 10 versión 1903 o posterior (64 bits). Este equipo tiene una versión anterior de Windows: actualice Windows y vuelva a ejecutar este instalador."
LangString TooOld ${LANG_RUSSIAN} "Для ${APP} нужна Windows 10 версии 1903 или новее (64-разрядная). На этом компьютере установлена более старая версия Windows: обновите Windows и снова запустите установщик."
LangString TooOld ${LANG_SIMPCHINESE} "${APP} 需要 Windows 10 版本 1903 或更高版本（64 位）。此计算机运行的是较旧版本的 Windows：请更新 Windows，然后再次运行此安装程序。"

LangString DataKept ${LANG_ENGLISH} "${APP} will be removed from this computer. Your notes, assessments and backups in $LOCALAPPDATA\fieldguide are kept."
LangString DataKept ${LANG_FRENCH} "${APP} va être supprimé de cet ordinateur. Vos notes, évaluations et sauvegardes dans $LOCALAPPDATA\fieldguide sont conservées."
LangString DataKept ${LANG_ARABIC} "ستتم إزالة ${APP} من هذا الحاسوب. تُحفظ ملاحظاتك وتقييماتك ونسخك الاحتياطية الموجودة في $LOCALAPPDATA\fieldguide."
LangString DataKept ${LANG_SPANISH} "${APP} se quitará de este equipo. Sus notas, evaluaciones y copias de seguridad en $LOCALAPPDATA\fieldguide se conservan."
LangString DataKept ${LANG_RUSSIAN} "${APP} будет удалён с этого компьютера. Ваши заметки, оценки и резервные копии в $LOCALAPPDATA\fieldguide сохраняются."
LangString DataKept ${LANG_SIMPCHINESE} "${APP} 将从此计算机中删除。您在 $LOCALAPPDATA\fieldguide 中的笔记、评估和备份将保留。"

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} ${MIN_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(TooOld)" /SD IDOK
    SetErrorLevel 1150 ; ERROR_OLD_WIN_VERSION
    Quit
  ${EndIf}
FunctionEnd

Section "${APP}"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundled libraries whole: files left from an older version could be
  ; loaded in place of the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\fieldguide.exe" "" "$INSTDIR\fieldguide.exe" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\fieldguide.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
SectionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer wrote: a folder the user chose may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\fieldguide.exe"
  Delete "$INSTDIR\fieldguide-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; $LOCALAPPDATA\fieldguide (the user's data) is deliberately left alone.
SectionEnd
