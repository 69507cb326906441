{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "dtIpxLBY+fil/cE4sHRe83LBG14JEa63FnqKFoWrl5HdKqxalkm6BdOwWkmS/WBULDxTTDzT+hWNmKPha8rQAA=="
}
