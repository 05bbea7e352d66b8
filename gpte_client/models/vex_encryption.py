from typing import Literal

VexEncryption = Literal["disabled", "enabled"]

VEX_ENCRYPTION_VALUES: set[VexEncryption] = {
    "disabled",
    "enabled",
}


def check_vex_encryption(value: str) -> VexEncryption:
    if value in VEX_ENCRYPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEX_ENCRYPTION_VALUES!r}")
