"""The application layer: an open portal with its sessions, checks, saves and audit trail.

It sits on the parts (mfa, users, vault, audit) and below the UI and the command line.
"""
