using ConvSpec.Cli.Bench;

namespace ConvSpec.SpecTests.Cli;

/// <summary>
/// The scaling sweep's sizes and rules (<see cref="Sweep.Run(int, int, Func{Action, int, double})"/>) with a timer that
/// returns 1, 2, 3, … in call order, so each point shows which methods were timed and in what order.
/// </summary>
public class SweepExamples
{
    [Fact]
    public void Sweep_takes_n_as_2e_and_3_2e_minus_1_up_to_2_maxLog2_with_k_n_over_8_and_skips_direct_past_2_31_multiply_adds()
    {
        var calls = 0;
        var points = Sweep.Run(8, 18, (_, _) => ++calls);

        Assert.Equal(
            """
            64 8 1 2 3 4 direct
            96 12 5 6 7 8 direct
            128 16 9 10 11 12 direct
            192 24 13 14 15 16 direct
            256 32 17 18 19 20 direct
            384 48 21 22 23 24 direct
            512 64 25 26 27 28 direct
            768 96 29 30 31 32 direct
            1024 128 33 34 35 36 direct
            1536 192 37 38 39 40 direct
            2048 256 41 42 43 44 fft
            3072 384 45 46 47 48 fft
            4096 512 49 50 51 52 fft
            6144 768 53 54 55 56 fft
            8192 1024 57 58 59 60 fft
            12288 1536 61 62 63 64 fft
            16384 2048 65 66 67 68 fft
            24576 3072 69 70 71 72 fft
            32768 4096 73 74 75 76 fft
            49152 6144 77 78 79 80 fft
            65536 8192 81 82 83 84 fft
            98304 12288 85 86 87 88 fft
            131072 16384 89 90 91 92 fft
            196608 24576 NaN 93 94 95 fft
            262144 32768 NaN 96 97 98 overlap-add
            """,
            string.Join("\n", points.Select(p => $"{p.N} {p.K} {p.Direct} {p.Fft} {p.OverlapAdd} {p.Auto} {p.Choice}")));
    }

    /// <summary>n·k = 2^17 · 2^14 = 2^31 is the last direct run; n = 2^17 is the first size timed max(3, ⌊8/2⌋) = 4 times.</summary>
    [Fact]
    public void Sweep_times_each_method_repeat_times_below_2_17_and_max_3_half_repeat_times_from_it()
    {
        var repeats = new List<(int Calls, int Repeat)>();
        Sweep.Run(8, 18, (_, r) =>
        {
            if (repeats.Count > 0 && repeats[^1].Repeat == r) repeats[^1] = (repeats[^1].Calls + 1, r);
            else repeats.Add((1, r));
            return 1;
        });

        Assert.Equal([(22 * 4, 8), (4 + 3 + 3, 4)], repeats);
    }

    [Fact]
    public void Sweep_repeat_of_large_sizes_is_at_least_3()
    {
        var repeats = new HashSet<int>();
        Sweep.Run(2, 17, (_, r) => { repeats.Add(r); return 1; });

        Assert.Equal([2, 3], repeats.Order());
    }
}
