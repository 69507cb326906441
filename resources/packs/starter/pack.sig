{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "gcYpkvyqRwc8W9RjY1ckTKf4PYcykIOlDfUDloTFs6mETHnGLgR7EO2DLJmKiSqQ5JY9shaEdNum8DqbJIdUCw=="
}
