using System.Text;

namespace ClaimCheck.Documents;

/// <summary>A decoder fallback that reads each invalid byte sequence as U+FFFD, as the default does, and counts them, so a
/// reader can say how much of a file was not valid in its encoding.</summary>
internal sealed class CountingFallback : DecoderFallback
{
    /// <summary>How many invalid sequences were replaced so far.</summary>
    public int Count { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Count++;
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending)
            {
                return '\0';
            }

            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;

        public override void Reset() => _pending = false;
    }
}
