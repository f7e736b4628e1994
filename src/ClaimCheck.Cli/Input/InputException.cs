namespace ClaimCheck.Cli.Input;

/// <summary>An input the user gave cannot be read: the message names the file (and line) and what is wrong.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException()
    {
    }
}
