{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "zo2FMFJMB+vVRK/hGO0wV2hxqkeDwYHgKYxURNdbkOXcD52b4uCD0IfYypm7vi9alh6dI/YUHykGZ66W9XEDCw=="
}
