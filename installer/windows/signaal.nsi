; Signaal — Windows installer (NSIS 3, Modern UI 2).
; Per-machine install in Program Files, Start-menu entry, uninstaller. The vault is NOT in the program
; folder: it lives per user in %LOCALAPPDATA%\Signaal (platformdirs) and is kept on uninstall unless the
; user ticks the box to remove it too.
;
; Build on Windows after PyInstaller (see docs/install.md):
;   makensis /DVERSION=0.1.0 /DPAYLOAD=..\..\dist\signaal /DOUTFILE=..\..\dist\signaal-0.1.0-setup.exe signaal.nsi
; CI compiles it on Linux against a stub payload to prove the script is valid.

Unicode true
!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !error "define PAYLOAD: the folder PyInstaller made (dist\signaal)"
!endif
!ifndef OUTFILE
  !define OUTFILE "signaal-${VERSION}-setup.exe"
!endif
!define APP "Signaal"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\${APP}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ShowInstDetails show
ShowUninstDetails show

!define MUI_ICON "..\..\resources\icons\signaal.ico"
!define MUI_UNICON "..\..\resources\icons\signaal.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\signaal.exe"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.VaultPage un.VaultPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString VaultTitle ${LANG_DUTCH} "Uw gegevens"
LangString VaultTitle ${LANG_ENGLISH} "Your data"
LangString VaultText ${LANG_DUTCH} "De kluis met zaken blijft bewaard in %LOCALAPPDATA%\Signaal, zodat een nieuwe versie hem weer opent. Verwijder hem alleen als u zeker weet dat niemand de gegevens nog nodig heeft en er een back-up is."
LangString VaultText ${LANG_ENGLISH} "The vault with cases is kept in %LOCALAPPDATA%\Signaal, so that a new version opens it again. Only remove it if you are sure nobody needs the data any more and a backup exists."
LangString VaultBox ${LANG_DUTCH} "Ook mijn kluis en instellingen verwijderen (kan niet ongedaan worden gemaakt)"
LangString VaultBox ${LANG_ENGLISH} "Also remove my vault and settings (cannot be undone)"

Var RemoveVault
Var VaultCheckbox

Section "Signaal" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an update replaces the program; the vault (elsewhere) migrates forward on first unlock, after a backup
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  File "..\..\resources\icons\signaal.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  SetShellVarContext all
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\signaal.exe" "" "$INSTDIR\signaal.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP} verwijderen.lnk" "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Signaal"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\signaal.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.VaultPage
  !insertmacro MUI_HEADER_TEXT "$(VaultTitle)" ""
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 48u "$(VaultText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 56u 100% 12u "$(VaultBox)"
  Pop $VaultCheckbox
  ${NSD_SetState} $VaultCheckbox ${BST_UNCHECKED}
  nsDialogs::Show
FunctionEnd

Function un.VaultPageLeave
  ${NSD_GetState} $VaultCheckbox $RemoveVault
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\${APP} verwijderen.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\signaal.exe"
  Delete "$INSTDIR\signaal.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP}"
  ${If} $RemoveVault == ${BST_CHECKED}
    SetShellVarContext current  ; the data of the user who runs the uninstaller
    RMDir /r "$LOCALAPPDATA\Signaal"
    RMDir /r "$LOCALAPPDATA\Signaal Register"
  ${EndIf}
SectionEnd
