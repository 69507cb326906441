"""Protecting the profile: passphrase to key, encryption at rest, lock, failed attempts.

No Qt here: the command line and the GUI use the same functions. What is and is
not protected is described for users in docs/security.md.
"""
