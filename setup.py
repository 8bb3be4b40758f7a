"""pip install --no-build-isolation .  — the Python module `wohngeld` from a checkout (docs/python.md).

Builds the library and the module with the project's own CMake (Debian packages only: cmake, gcc,
libgmp-dev, libssl-dev, python3-dev, python3-numpy, python3-setuptools; `sh tools/einrichten.sh`
installs them) and installs the package `wohngeld` (the extension `_wohngeld` and its
__init__.py). No download: --no-build-isolation uses Debian's setuptools."""
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HIER = os.path.dirname(os.path.abspath(__file__))


class CMakeBau(build_ext):
    def build_extension(self, ext):
        bau = os.path.join(HIER, "build-pip")
        subprocess.check_call(["cmake", "-S", HIER, "-B", bau, "-DCMAKE_BUILD_TYPE=Release", "-DWG_TESTS=OFF", "-DWG_PYTHON=ON",
                               f"-DPython3_EXECUTABLE={sys.executable}"])
        subprocess.check_call(["cmake", "--build", bau, "--target", "_wohngeld", "-j", str(os.cpu_count() or 2)])
        ziel = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(ziel), exist_ok=True)
        quelle = [f for f in os.listdir(os.path.join(bau, "python", "wohngeld")) if f.startswith("_wohngeld") and f.endswith(".so")][0]
        shutil.copyfile(os.path.join(bau, "python", "wohngeld", quelle), ziel)


def version():
    for zeile in open(os.path.join(HIER, "CMakeLists.txt"), encoding="utf-8"):
        if zeile.startswith("project(wohngeld VERSION"):
            return zeile.split()[2]
    return "0"


setup(
    name="wohngeld",
    version=version(),
    description="Wohngeld exakt nach dem Wohngeldgesetz — die C-Engine in Python",
    packages=["wohngeld"],
    package_dir={"wohngeld": "python/wohngeld"},
    ext_modules=[Extension("wohngeld._wohngeld", sources=[])],
    cmdclass={"build_ext": CMakeBau},
    python_requires=">=3.9",
)
