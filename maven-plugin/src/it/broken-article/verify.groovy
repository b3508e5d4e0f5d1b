// A page model with an unknown key fails the build, naming the file and line, and writes nothing.
assert !new File(basedir, 'site').exists()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('seeds/broken.md:4: unknown key \'colour\'')
return true
