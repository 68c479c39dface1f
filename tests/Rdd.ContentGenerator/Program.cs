using System.Globalization;
using Rdd.ContentGenerator;

const string Usage = "usage: Rdd.ContentGenerator N CONTENT_DIR [--hugo HUGO_DIR]";
if (args.Length is not (2 or 4) || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 3
    || (args.Length == 4 && args[2] != "--hugo"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var content = SyntheticContent.Create(count);
content.WriteContent(args[1]);
Console.WriteLine($"{count} actions ({string.Join(" / ", content.PartSizes)} in parts 1 / 2 / 3, {SyntheticContent.ActionsPerSection} per section) written to {args[1]}");
if (args.Length == 4)
{
    content.WriteHugo(args[3]);
    Console.WriteLine($"{count} Hugo pages with the same bodies written to {args[3]}");
}

return 0;
