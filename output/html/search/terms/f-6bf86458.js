teSearchFile("terms/f-6bf86458",[["~place:te-moscow",[1,1,2],[]]]);
