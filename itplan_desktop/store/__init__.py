"""store layer."""

from . import exchange_models as exchange_models  # the exchange tables share models.Base
