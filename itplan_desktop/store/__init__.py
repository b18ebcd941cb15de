"""store layer."""

from . import dti_models as dti_models  # the index tables share models.Base
from . import exchange_models as exchange_models  # the exchange tables share models.Base
