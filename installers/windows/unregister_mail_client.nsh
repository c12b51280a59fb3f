; Undoes register_mail_client.nsh.
DeleteRegValue HKLM "Software\RegisteredApplications" "Heron"
DeleteRegKey HKLM "Software\Clients\Mail\Heron"
DeleteRegKey HKLM "Software\Classes\Heron.Url.mailto"
DeleteRegKey HKLM "Software\Classes\Heron.Eml"
