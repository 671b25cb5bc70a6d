"""The login information store: an encrypted file in the portal folder (see store.py)."""

# Here rather than in store.py: the portal names its files without loading the store.
STORE_FILE = "login-information.pmv"
