; jmap for Windows: a per-user installer (no administrator rights) of the one-folder bundle.
;   makensis -DBUNDLE=DIR [-DVERSION=0.1.0] [-DOUTFILE=jmap-setup.exe] packaging/windows/jmap.nsi
; DIR is the built bundle (dist\jmap: jmap.exe for the command line, jmapw.exe for double-click).
; Installs to %LOCALAPPDATA%\Programs\jmap, adds the Start-menu entry and the .jmap association
; under HKCU\Software\Classes, registers the uninstaller; the uninstaller removes all of it.

Unicode true
!ifndef BUNDLE
  !error "give the bundle folder: makensis -DBUNDLE=dist\jmap packaging\windows\jmap.nsi"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "jmap-${VERSION}-setup.exe"
!endif

!define APP "jmap"
!define PROGID "jmap.JourneyMap"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\jmap"
!define SHCNE_ASSOCCHANGED 0x08000000
!define SHCNF_IDLIST 0

Name "jmap ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\jmap"
InstallDirRegKey HKCU "Software\jmap" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ShowInstDetails show
!include "MUI2.nsh"
!define MUI_ICON "${__FILEDIR__}\..\..\resources\icons\jmap.ico"
!define MUI_UNICON "${__FILEDIR__}\..\..\resources\icons\jmap.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\jmapw.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Norwegian"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "Greek"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "jmap"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "jmap installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "the jmap authors, MIT licence"

Section "jmap" SecMain
  SetShellVarContext current
  ; a fresh copy: no file of an older version stays beside the new one
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  File "/oname=jmap.ico" "${__FILEDIR__}\..\..\resources\icons\jmap.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\jmap" "InstallDir" "$INSTDIR"

  CreateShortCut "$SMPROGRAMS\jmap.lnk" "$INSTDIR\jmapw.exe" "" "$INSTDIR\jmap.ico" 0

  ; .jmap -> jmap.JourneyMap, opened by the windowed jmapw.exe
  WriteRegStr HKCU "Software\Classes\.jmap" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.jmap" "Content Type" "application/x-jmap"
  WriteRegStr HKCU "Software\Classes\.jmap\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Customer-journey map"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\jmap.ico,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\jmapw.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\jmapw.exe" "FriendlyAppName" "jmap"
  WriteRegStr HKCU "Software\Classes\Applications\jmapw.exe\SupportedTypes" ".jmap" ""
  WriteRegStr HKCU "Software\Classes\Applications\jmapw.exe\shell\open\command" "" '"$INSTDIR\jmapw.exe" "%1"'

  ; Settings > Apps lists it, with its own uninstaller
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "jmap"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "the jmap authors"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\jmap.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1

  ; Explorer shows the new icon and "Open with" at once
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i ${SHCNF_IDLIST}, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\jmap.lnk"
  ; the association goes only while it is still jmap's
  ReadRegStr $0 HKCU "Software\Classes\.jmap" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegValue HKCU "Software\Classes\.jmap" ""
  DeleteRegValue HKCU "Software\Classes\.jmap" "Content Type"
  DeleteRegValue HKCU "Software\Classes\.jmap\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.jmap\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.jmap"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\jmapw.exe"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\jmap"
  ; only what the installer put there: the bundle, its icon and the uninstaller
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\jmap.exe"
  Delete "$INSTDIR\jmapw.exe"
  Delete "$INSTDIR\jmap.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i ${SHCNF_IDLIST}, p 0, p 0)'
SectionEnd
