{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "cjkPgRRQtisozoJdCA0dK5b1ePma8zFBZZSgg5Iq4yXpqW4r85KYazHpaV5eXr7VLZFz0XhAJxs7NzMOrByCDA=="
}
