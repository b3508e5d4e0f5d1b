// With site-gen.skip the goal does nothing.
assert !new File(basedir, 'site').exists()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('site-gen: skipped')
return true
