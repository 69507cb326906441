{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "kBjzE7oaQWGJBnS2jmFn9K+VhXOrLocMW/x+IqTIs00O6mV96KspI52QA9VTp+jLDh3SXQlqUvICb2M7ww2XCg=="
}
