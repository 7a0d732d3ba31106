// bench_agent: how long `drover-agent report --json` takes on this machine and how much memory
// it needs (goal: <= 50 ms, <= 10 MB without smartctl). Runs it 21 times (fork/exec, output to
// /dev/null), takes wall time per run and the child's peak RSS from wait4(), prints medians.
// Usage: bench_agent [path/to/drover-agent] [extra agent args...]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

int main(int argc, char **argv)
{
    std::string agent = argc > 1 ? argv[1] : DROVER_AGENT_BIN;
    std::vector<std::string> args{agent, "report", "--json"};
    for (int i = 2; i < argc; ++i)
        args.emplace_back(argv[i]);
    std::vector<double> ms, rss;
    for (int run = 0; run < 21; ++run) {
        const auto t0 = std::chrono::steady_clock::now();
        const pid_t pid = fork();
        if (pid == 0) {
            const int devnull = open("/dev/null", O_WRONLY);
            dup2(devnull, 1);
            std::vector<char *> av;
            for (auto &a : args)
                av.push_back(a.data());
            av.push_back(nullptr);
            execv(av[0], av.data());
            _exit(127);
        }
        int status = 0;
        rusage ru{};
        wait4(pid, &status, 0, &ru);
        const double t = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "bench_agent: %s failed (status %d)\n", agent.c_str(), status);
            return 1;
        }
        if (run == 0)
            continue; // the first run warms the page cache
        ms.push_back(t);
        rss.push_back(double(ru.ru_maxrss) / 1024.0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(rss.begin(), rss.end());
    const auto median = [](const std::vector<double> &v) { return v[v.size() / 2]; };
    std::printf("drover-agent report --json, %zu runs: wall median %.1f ms (min %.1f, max %.1f); peak RSS median %.1f MB\n",
                ms.size(), median(ms), ms.front(), ms.back(), median(rss));
    std::printf("RESULT report_ms=%.1f rss_mb=%.1f\n", median(ms), median(rss));
    return 0;
}
