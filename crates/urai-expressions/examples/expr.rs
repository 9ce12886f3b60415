//! Prints the expressions of each line of standard input: `cargo run -p urai-expressions --example expr`.
//! A line `@YYYY-MM-DD` sets the anchor date for the lines after it.
use std::io::BufRead;

fn main() {
    let mut anchor = None;
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if let Some(d) = line.strip_prefix('@') {
            anchor = d.trim().parse().ok();
            continue;
        }
        let found = urai_expressions::find_in_text(&line, anchor);
        let parts: Vec<String> = found
            .iter()
            .map(|e| {
                let flags: Vec<&str> = e.flags.iter().map(|f| f.as_str()).collect();
                format!(
                    "[{}|{}|{}{}]",
                    line.get(e.start..e.end).unwrap_or(""),
                    e.kind,
                    e.value,
                    if flags.is_empty() {
                        String::new()
                    } else {
                        format!("|{}", flags.join(","))
                    }
                )
            })
            .collect();
        println!("{line}\n    {}", parts.join(" "));
    }
}
