using System.Text.Json.Nodes;

namespace ConvSpec.Examples;

/// <summary>Per-group counts of verdicts, the worst bound fraction, and the first disagreements in full.</summary>
public sealed class Tally(TextWriter output, int maxShown = 3)
{
    private sealed class Group
    {
        public int Cases;
        public readonly Dictionary<string, int> Verdicts = new(StringComparer.Ordinal);
        public double Worst, MaxError;
    }

    private readonly SortedDictionary<string, Group> groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> shown = new(StringComparer.Ordinal);

    /// <summary>Records one judged case of <paramref name="group"/>; prints it when it disagrees (up to maxShown a group).</summary>
    public void Add(string group, string op, JsonObject args, Judgement judgement)
    {
        if (!groups.TryGetValue(group, out var g)) groups[group] = g = new Group();
        g.Cases++;
        g.Verdicts[judgement.Verdict] = g.Verdicts.GetValueOrDefault(judgement.Verdict) + 1;
        if (judgement.Verdict == "agree")
            (g.Worst, g.MaxError) = (Math.Max(g.Worst, judgement.BoundFraction), Math.Max(g.MaxError, judgement.MaxError));
        if (judgement.Verdict is "agree" or "not_covered") return;
        var n = shown[group] = shown.GetValueOrDefault(group) + 1;
        if (n > maxShown) return;
        var text = args.ToJsonString();
        output.WriteLine($"DISAGREE [{group}] {judgement.Verdict}: {judgement.Detail}");
        output.WriteLine($"  request: {{\"op\":\"{op}\",\"args\":{(text.Length > 600 ? text[..600] + "..." : text)}}}");
    }

    /// <summary>The table: group, cases, verdict counts, worst |err|/bound among agreeing cases, max |err|.</summary>
    public void Print()
    {
        output.WriteLine();
        output.WriteLine($"{"group",-44} {"cases",5}  {"worst err/bound",15}  {"max |err|",10}  verdicts");
        foreach (var (group, g) in groups)
            output.WriteLine($"{group,-44} {g.Cases,5}  {g.Worst,15:G4}  {g.MaxError,10:G3}  " +
                string.Join(", ", g.Verdicts.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {v.Value}")));
    }

    /// <summary>True when every case agreed or was not covered.</summary>
    public bool AllAgree => groups.Values.All(g => g.Verdicts.Keys.All(k => k is "agree" or "not_covered"));
}
