// Command pith prints the article of a saved web page: its text without the
// site's boilerplate, or JSON with the page's metadata.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
