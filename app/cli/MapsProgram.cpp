#include "MapsProgram.h"

#include "CommandLine.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace frontline {

int runMapsProgram(char **argv)
{
    // Found beside this program, not on PATH: the build tree and an installed prefix alike.
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path maps =
        (self.parent_path() / FRONTLINE_MAPS_PROGRAM).lexically_normal();
    if (!error)
        execv(maps.c_str(), argv);
    std::fprintf(stderr, "frontline: cannot run %s: %s\n", maps.c_str(),
                 std::strerror(error ? error.value() : errno));
    return ExitBadInput;
}

} // namespace frontline
