teSearchFile("terms/6f-72",[["or",[1,4,42,4,4,4],[]]]);
