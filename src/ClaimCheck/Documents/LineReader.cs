using System.Text;

namespace ClaimCheck.Documents;

/// <summary>Reads lines from a <see cref="TextReader"/> without ever holding more than a bound: a longer line is skipped to
/// its end unread (<see cref="TextReader.ReadLine"/> would take it whole, however long).</summary>
internal sealed class LineReader(TextReader reader)
{
    private readonly char[] _buffer = new char[65_536];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;

    /// <summary>Reads the next line, without its line feed (a carriage return before it is kept).</summary>
    /// <param name="max">The longest line returned.</param>
    /// <param name="line">The line, or null when it was longer than <paramref name="max"/> (and skipped).</param>
    /// <returns>False at the end of the input.</returns>
    public bool Next(int max, out string? line)
    {
        _line.Clear();
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = reader.Read(_buffer, 0, _buffer.Length);
                if (_end == 0)
                {
                    line = tooLong ? null : _line.ToString();
                    return any;
                }
            }

            any = true;
            var feed = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            var stop = feed < 0 ? _end : feed;
            if (!tooLong && _line.Length + (stop - _start) <= max)
            {
                _line.Append(_buffer, _start, stop - _start);
            }
            else if (!tooLong)
            {
                tooLong = true;
                _line.Clear();
            }

            _start = feed < 0 ? _end : feed + 1;
            if (feed >= 0)
            {
                line = tooLong ? null : _line.ToString();
                return true;
            }
        }
    }
}
