// A plain main() for a fuzz target: feeds it each file named on the command line (a folder
// stands for the files in it, in name order), once, without libFuzzer. It is how the fuzz
// regressions run in every build, and how an input a fuzzer saved is reproduced under a
// debugger. Files ending in .hex hold the bytes as hexadecimal text (xxd -p); lines starting
// with '#' there are comments, so a binary case can say what it is.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool decodeHex(const std::string& text, std::vector<std::uint8_t>& out)
{
    int high = -1;
    bool comment = false;
    for (const char c : text) {
        if (c == '\n') {
            comment = false;
            continue;
        }
        if (comment || c == ' ' || c == '\t' || c == '\r')
            continue;
        if (c == '#' && high < 0) {
            comment = true;
            continue;
        }
        int nibble = -1;
        if (c >= '0' && c <= '9')
            nibble = c - '0';
        else if (c >= 'a' && c <= 'f')
            nibble = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            nibble = c - 'A' + 10;
        if (nibble < 0)
            return false;
        if (high < 0) {
            high = nibble;
        } else {
            out.push_back(static_cast<std::uint8_t>(high * 16 + nibble));
            high = -1;
        }
    }
    return high < 0;
}

bool readInput(const fs::path& path, std::vector<std::uint8_t>& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (path.extension() == ".hex")
        return decodeHex(content, out);
    out.assign(content.begin(), content.end());
    return true;
}

std::vector<fs::path> inputsNamed(const std::vector<std::string>& args)
{
    std::vector<fs::path> files;
    for (const std::string& arg : args) {
        if (!fs::is_directory(arg)) {
            files.emplace_back(arg);
            continue;
        }
        std::vector<fs::path> inFolder;
        for (const fs::directory_entry& entry : fs::directory_iterator(arg)) {
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                inFolder.push_back(entry.path());
        }
        std::sort(inFolder.begin(), inFolder.end());
        files.insert(files.end(), inFolder.begin(), inFolder.end());
    }
    return files;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    const std::vector<fs::path> files = inputsNamed(std::vector<std::string>(argv + 1, argv + argc));
    for (const fs::path& file : files) {
        std::vector<std::uint8_t> input;
        if (!readInput(file, input)) {
            std::fprintf(stderr, "cannot read %s\n", file.c_str());
            return 1;
        }
        std::printf("replaying %s (%zu bytes)\n", file.c_str(), input.size());
        std::fflush(stdout);
        // libFuzzer never passes a null pointer, even for an empty input.
        static const std::uint8_t kEmpty = 0;
        LLVMFuzzerTestOneInput(input.empty() ? &kEmpty : input.data(), input.size());
    }
    std::printf("%zu inputs replayed\n", files.size());
    return 0;
}
