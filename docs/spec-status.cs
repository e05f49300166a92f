// Fills the Mutation column of docs/spec.md from a Stryker JSON report of the merged code.
// Usage: dotnet run docs/spec-status.cs -- <mutation-report.json> [--write] [--partial]
// For each row that names spec functions, the mutants of the files holding them are counted; the row becomes
// "killed (merged run)" when none of them survived or went uncovered (Killed, Timeout, Ignored and CompileError
// only), else "survivors in file: N (merged run)". A report that does not hold every file the table names is not
// of the merged library (the pre-merge run lacks Toeplitz, pooling, ...): the script then names the missing files
// and changes nothing, unless --partial (a run of a slice, such as stryker-config.ci.json's): then only the rows
// whose files are all in the report change. Without --write it prints the rows that would change. The granularity
// is the file.
using System.Text.Json;
using System.Text.RegularExpressions;

var partial = args.Contains("--partial");
var report = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement;
var write = args.Contains("--write");
var open = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (var file in report.GetProperty("files").EnumerateObject())
{
    var path = file.Name.Replace('\\', '/');
    var at = path.IndexOf("src/ConvSpec/", StringComparison.Ordinal);
    if (at < 0) continue;
    // A slice's report lists every file of the project, those outside its mutate patterns with no mutants.
    if (partial && file.Value.GetProperty("mutants").GetArrayLength() == 0) continue;
    open[path[at..]] = file.Value.GetProperty("mutants").EnumerateArray()
        .Count(m => m.GetProperty("status").GetString() is "Survived" or "NoCoverage");
}

var docPath = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "docs", "spec.md");
if (!File.Exists(docPath)) docPath = Path.Combine("docs", "spec.md");
var lines = File.ReadAllLines(docPath);
var named = lines.SelectMany(l => Regex.Matches(l, "`(src/ConvSpec/[^`#]+\\.cs)#").Select(m => m.Groups[1].Value)).Distinct().ToList();
var missing = named.Where(f => !open.ContainsKey(f)).ToList();
if (missing.Count > 0 && !partial)
{
    Console.Error.WriteLine($"the report is not of the merged library; it lacks {missing.Count} named files, e.g. {string.Join(", ", missing.Take(3))}");
    return 1;
}
var changed = 0;
for (var i = 0; i < lines.Length; i++)
{
    if (!lines[i].StartsWith("| ", StringComparison.Ordinal)) continue;
    var cells = lines[i].Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
    if (cells.Length != 6 || !int.TryParse(cells[0], out _)) continue;
    var files = Regex.Matches(cells[3], "`([^`#]+)#?[^`]*`").Select(m => m.Groups[1].Value).Distinct().ToList();
    if (files.Count == 0 || files.Any(f => !open.ContainsKey(f))) continue;
    var survivors = files.Sum(f => open[f]);
    var status = survivors == 0 ? "killed (merged run)" : $"survivors in file: {survivors} (merged run)";
    if (status == cells[5]) continue;
    Console.WriteLine($"row {cells[0]}: {cells[5]} -> {status}  ({string.Join(", ", files)})");
    cells[5] = status;
    lines[i] = "| " + string.Join(" | ", cells) + " |";
    changed++;
}
if (write) File.WriteAllLines(docPath, lines);
Console.WriteLine($"{changed} rows {(write ? "updated" : "would change")}");
return 0;
