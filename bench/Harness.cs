using System.Diagnostics;

namespace ConvSpec.Bench;

/// <summary>The median of N timed runs after one warm-up run, in milliseconds.</summary>
public static class Harness
{
    public static double MedianMs(Action run, int repeat)
    {
        run();
        var times = new double[repeat];
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[repeat / 2];
    }
}
