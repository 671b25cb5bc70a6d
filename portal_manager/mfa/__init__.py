"""The MFA configuration model, its validation, message templates, SMS length and TOTP."""
