extension StringProtocol {
    /// The string without leading and trailing characters from `set` (a few characters such as
    /// " \t\r\n"; Foundation's version needs a CharacterSet).
    package func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
