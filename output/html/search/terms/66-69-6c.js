teSearchFile("terms/66-69-6c",[["files",[1,1,4],[]]]);
