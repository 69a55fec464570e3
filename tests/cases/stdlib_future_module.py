# The __future__ module: feature objects and the import statement itself.
from __future__ import annotations, division
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(__future__.annotations, division is __future__.division)
