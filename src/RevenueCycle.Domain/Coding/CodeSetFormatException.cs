namespace RevenueCycle.Coding;

/// <summary>A code-set file does not have the expected layout; names the file (when known) and the line.</summary>
public sealed class CodeSetFormatException : FormatException
{
    public CodeSetFormatException(string? source, int lineNumber, string problem)
        : base($"{source ?? "input"} line {lineNumber}: {problem}")
    {
        FileName = source;
        LineNumber = lineNumber;
        Problem = problem;
    }

    public string? FileName { get; }

    /// <summary>One-based physical line where the offending record starts.</summary>
    public int LineNumber { get; }

    public string Problem { get; }
}
