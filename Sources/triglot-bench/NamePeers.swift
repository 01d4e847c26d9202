import TriglotText

/// The Python peers of the name evaluations (`tools/name_peers.py`: pypinyin, cn2vn,
/// unidecode), run once per list of names in the same run as Triglot.
struct NamePeers {
    /// The Python interpreter.
    let python: String
    /// The helper script.
    let helper: String

    /// The peer's output, one line per name (NFC), or nil (with a message) when it cannot run.
    func run(_ name: String, _ inputs: [String]) -> [String]? {
        PythonPeer(python: python, helper: helper).run(arguments: [name], input: inputs, label: name)?.map(\.nfc)
    }
}
