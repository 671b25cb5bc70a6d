"""Where seven.io and the local gateway simulator are reached: names only, no imports.

Kept apart from the client and the simulator so that the main window can tell
whether a simulator is in use without loading an HTTP library.
"""

DEFAULT_BASE_URL = "https://gateway.seven.io/api"
BASE_URL_VARIABLE = "PORTAL_MANAGER_SEVEN_BASE_URL"  # a company proxy, or the local gateway

# The simulator's paths beside the API.
API_PATH = "/api"
OUTBOX_PATH = "/__outbox"
CONTROL_PATH = "/__control"
