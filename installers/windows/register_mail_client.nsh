; Registers Heron as a mail client so Windows' Default Apps can pick it for mailto: links
; and .eml files (HKLM\Software\Clients\Mail, Capabilities, RegisteredApplications).
WriteRegStr HKLM "Software\Clients\Mail\Heron" "" "Heron"
WriteRegStr HKLM "Software\Clients\Mail\Heron\Capabilities" "ApplicationName" "Heron"
WriteRegStr HKLM "Software\Clients\Mail\Heron\Capabilities" "ApplicationDescription" "Mail client with built-in device registration (CLIENTID)"
WriteRegStr HKLM "Software\Clients\Mail\Heron\Capabilities\URLAssociations" "mailto" "Heron.Url.mailto"
WriteRegStr HKLM "Software\Clients\Mail\Heron\Capabilities\FileAssociations" ".eml" "Heron.Eml"
WriteRegStr HKLM "Software\Clients\Mail\Heron\shell\open\command" "" '"$INSTDIR\bin\heron.exe"'
WriteRegStr HKLM "Software\RegisteredApplications" "Heron" "Software\Clients\Mail\Heron\Capabilities"
WriteRegStr HKLM "Software\Classes\Heron.Url.mailto" "" "URL:MailTo Protocol"
WriteRegStr HKLM "Software\Classes\Heron.Url.mailto" "URL Protocol" ""
WriteRegStr HKLM "Software\Classes\Heron.Url.mailto\DefaultIcon" "" "$INSTDIR\bin\heron.exe,0"
WriteRegStr HKLM "Software\Classes\Heron.Url.mailto\shell\open\command" "" '"$INSTDIR\bin\heron.exe" "%1"'
WriteRegStr HKLM "Software\Classes\Heron.Eml" "" "E-mail message"
WriteRegStr HKLM "Software\Classes\Heron.Eml\DefaultIcon" "" "$INSTDIR\bin\heron.exe,0"
WriteRegStr HKLM "Software\Classes\Heron.Eml\shell\open\command" "" '"$INSTDIR\bin\heron.exe" "%1"'
