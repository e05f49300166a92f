// Reads a Stryker JSON mutation report and prints the score and every mutant that was not killed:
// file:line, mutator, original → replacement. Exits 1 when the score is below the config's `break`.
// Usage: dotnet run mutation/report.cs -- <mutation-report.json> <stryker-config.json>
// Score = (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage), Stryker's definition;
// Ignored and CompileError mutants do not count.
using System.Text.Json;

var report = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement;
var config = JsonDocument.Parse(File.ReadAllText(args[1])).RootElement.GetProperty("stryker-config");
var breakAt = config.GetProperty("thresholds").GetProperty("break").GetDouble();

var counts = new Dictionary<string, int>();
var open = new List<string>();
var marked = 0;
var blockFiltered = 0;
var root = report.TryGetProperty("projectRoot", out var pr) ? pr.GetString() ?? "" : "";
foreach (var file in report.GetProperty("files").EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal))
{
    var lines = file.Value.GetProperty("source").GetString()!.Split('\n');
    foreach (var m in file.Value.GetProperty("mutants").EnumerateArray())
    {
        var status = m.GetProperty("status").GetString()!;
        counts[status] = counts.GetValueOrDefault(status) + 1;
        // Stryker's own filters also report Ignored: "Removed by block already covered filter" (its deduplication of
        // a block removal) and "Removed by mutate filter" (outside the config's mutate patterns). Any other reason is
        // a `// Stryker disable once` proof in the code.
        if (status == "Ignored" && m.TryGetProperty("statusReason", out var why) && why.GetString() is { } reason)
        {
            if (reason.Contains("block already covered", StringComparison.Ordinal)) blockFiltered++;
            else if (!reason.Contains("mutate filter", StringComparison.Ordinal)) marked++;
        }
        if (status is not ("Survived" or "NoCoverage")) continue;
        var loc = m.GetProperty("location");
        var (sl, sc) = (loc.GetProperty("start").GetProperty("line").GetInt32(), loc.GetProperty("start").GetProperty("column").GetInt32());
        var (el, ec) = (loc.GetProperty("end").GetProperty("line").GetInt32(), loc.GetProperty("end").GetProperty("column").GetInt32());
        var original = Extract(lines, sl, sc, el, ec);
        var replacement = m.TryGetProperty("replacement", out var r) ? r.GetString() ?? "" : "";
        var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.IsPathRooted(file.Name) ? file.Name : Path.Combine(root, file.Name));
        open.Add($"{status,-10} {path}:{sl}  {m.GetProperty("mutatorName").GetString()}:  {Short(original)}  →  {Short(replacement)}");
    }
}

int C(string s) => counts.GetValueOrDefault(s);
var detected = C("Killed") + C("Timeout");
var valid = detected + C("Survived") + C("NoCoverage");
var score = valid == 0 ? 100.0 : 100.0 * detected / valid;
Console.WriteLine(string.Join(", ", counts.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
foreach (var line in open) Console.WriteLine(line);
Console.WriteLine($"mutation score {score:F2}% ({detected} of {valid} detected, timeouts included; {marked} marked equivalent in the code, "
    + $"{blockFiltered} ignored by Stryker's block filter, {C("CompileError")} compile errors); break at {breakAt}");
return score + 1e-9 < breakAt ? 1 : 0;

static string Extract(string[] lines, int sl, int sc, int el, int ec)
{
    if (sl == el) return Slice(lines[sl - 1], sc - 1, ec - 1);
    var parts = new List<string> { lines[sl - 1][Math.Min(sc - 1, lines[sl - 1].Length)..] };
    for (var l = sl; l < el - 1; l++) parts.Add(lines[l]);
    parts.Add(Slice(lines[el - 1], 0, ec - 1));
    return string.Join("\n", parts);
}

static string Slice(string s, int from, int to) =>
    s[Math.Min(from, s.Length)..Math.Min(Math.Max(from, to), s.Length)];

static string Short(string s)
{
    var flat = string.Join(" ", s.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    return flat.Length <= 90 ? flat : flat[..87] + "...";
}
